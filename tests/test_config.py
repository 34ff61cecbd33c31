"""piiscan.yaml: sources, registers, settings, ${ENV} secrets, errors with lines."""

import pytest

from piiscan.config import load_config
from piiscan.errors import ConfigError

GOOD = """
sources:
  shop:
    url: postgresql://reader:${SHOP_PW}@db.internal/shop
    include: ["public.*"]
    sample_size: 200
  exports:
    path: exports
registers:
  asiakasrekisteri:
    notice: seloste.yaml
    sources: [shop, exports]
settings:
  jobs: 3
  time_budget: 600
  fail_on: new
"""


def write(tmp_path, text):
    path = tmp_path / "piiscan.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_good_config(tmp_path):
    config = load_config(write(tmp_path, GOOD), {"SHOP_PW": "salainen"})
    shop = config.sources["shop"]
    assert shop.spec == "postgresql://reader:salainen@db.internal/shop"
    assert shop.include == ("public.*",) and shop.sample_size == 200
    assert config.sources["exports"].spec == str(tmp_path / "exports")
    assert config.registers["asiakasrekisteri"].notice == str(tmp_path / "seloste.yaml")
    assert config.settings["fail_on"] == "new"
    assert "salainen" not in repr(config)


@pytest.mark.parametrize("text, env, expected", [
    (GOOD, {}, ":4: environment variable 'SHOP_PW' is not set"),
    (GOOD.replace("sample_size: 200", "sample_size: many"), {"SHOP_PW": "x"}, ":6: 'sample_size' must be a whole"),
    (GOOD.replace("include:", "includes:"), {"SHOP_PW": "x"}, ":5: unknown key 'includes'"),
    (GOOD.replace("[shop, exports]", "[shop, crm]"), {"SHOP_PW": "x"}, "unknown source 'crm'"),
    (GOOD.replace("fail_on: new", "fail_on: sometimes"), {"SHOP_PW": "x"}, "'fail_on' must be 'new' or 'any'"),
    ("sources: {}\n", {}, "at least one source"),
    ("sources:\n  a:\n    url: sqlite:///x\n    path: y\n", {}, "exactly one of 'url' or 'path'"),
    ("sources:\n  a: {url: sqlite:///x}\n  a: {url: sqlite:///y}\n", {}, "duplicate key 'a'"),
])
def test_bad_configs(tmp_path, text, env, expected):
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, text), env)
    assert expected in str(err.value)
    assert str(err.value).startswith(str(tmp_path))

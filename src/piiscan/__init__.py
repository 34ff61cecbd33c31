"""piiscan: finds personal data in Finnish databases and exports and checks it against the privacy notice."""

__version__ = "0.1.0"

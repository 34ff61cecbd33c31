"""Report renderers: JSON (the contract), the terminal summary, and the DPO's documents."""

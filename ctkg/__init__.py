"""ctkg: a knowledge graph of counter-terrorism actors and instruments from APEC CTAP reports."""

__version__ = "0.1.0"

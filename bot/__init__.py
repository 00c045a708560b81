"""planbot: cited answers from NHS STP papers, for team chat and the command line."""

__version__ = "0.1.0"

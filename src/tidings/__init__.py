"""tidings: answers questions from news documents that disagree, and says as of when."""

__version__ = "0.1.0"

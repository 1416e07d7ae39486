"""briefing: turn news articles about an armed conflict into a briefing website."""

__version__ = "0.1.0"

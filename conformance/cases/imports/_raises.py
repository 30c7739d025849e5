"""A module whose body fails halfway."""
STARTED = True
raise ValueError("module body failed")

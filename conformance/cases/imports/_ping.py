"""Half of a circular import: imports _pong while _pong is still loading."""
import _pong

NAME = "ping"


def partner():
    return _pong.NAME

"""Other half of the circular import."""
print("pong starts")
import _ping

NAME = "pong"
print("pong sees ping has NAME:", hasattr(_ping, "NAME"))

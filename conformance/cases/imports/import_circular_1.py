import _ping
print(_ping.NAME, _ping.partner())
import _pong
print(_pong.NAME)

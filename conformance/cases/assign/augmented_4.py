# all 13 in-place dunders are used by augmented assignment
class V:
    def __init__(self, log):
        self.log = log
    def _op(name):
        def method(self, other):
            self.log.append(name + " " + repr(other))
            return self
        return method
    __iadd__ = _op("iadd"); __isub__ = _op("isub"); __imul__ = _op("imul")
    __imatmul__ = _op("imatmul"); __itruediv__ = _op("itruediv")
    __ifloordiv__ = _op("ifloordiv"); __imod__ = _op("imod"); __ipow__ = _op("ipow")
    __ilshift__ = _op("ilshift"); __irshift__ = _op("irshift")
    __iand__ = _op("iand"); __ixor__ = _op("ixor"); __ior__ = _op("ior")
log = []
v = V(log)
v += 1; v -= 2; v *= 3; v @= 4; v /= 5; v //= 6; v %= 7
v **= 8; v <<= 9; v >>= 10; v &= 11; v ^= 12; v |= 13
for entry in log:
    print(entry)
print(len(log), type(v).__name__)

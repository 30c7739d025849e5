class Log:
    def __init__(self):
        self.ops = []
    def _rec(name):
        def f(self, other):
            self.ops.append((name, other))
            return self
        return f
    __iadd__ = _rec("+=")
    __isub__ = _rec("-=")
    __imul__ = _rec("*=")
    __itruediv__ = _rec("/=")
    __ifloordiv__ = _rec("//=")
    __imod__ = _rec("%=")
    __ipow__ = _rec("**=")
    __ilshift__ = _rec("<<=")
    __irshift__ = _rec(">>=")
    __iand__ = _rec("&=")
    __ior__ = _rec("|=")
    __ixor__ = _rec("^=")
    __imatmul__ = _rec("@=")
x = Log()
x += 1; x -= 2; x *= 3; x /= 4; x //= 5; x %= 6; x **= 7
x <<= 8; x >>= 9; x &= 10; x |= 11; x ^= 12; x @= 13
print(x.ops)
print(len(x.ops))

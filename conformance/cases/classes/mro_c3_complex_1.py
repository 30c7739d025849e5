class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
print(" ".join(k.__name__ for k in A.__mro__))
print(" ".join(k.__name__ for k in B.__mro__))
print(" ".join(k.__name__ for k in C.__mro__))
class K1(O): pass
class K2(O): pass
class K3(O): pass
class Z1(K1, K2, K3): pass
class Z2(K2, K3): pass
class Z(Z1, Z2): pass
print(" ".join(k.__name__ for k in Z.__mro__))
try:
    class X(O, F):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Y(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)

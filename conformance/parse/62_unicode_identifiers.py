# Non-ASCII identifiers are NFKC-normalized.
été = 1
α = 2
βγ = α + 1
名前 = "name"
ﬁ = 3
ℌ = 4
xⁱ = 5
_é = 6
class Café:
    def méthode(self, à=1):
        return à
    état: int = 0
def ƒ(δ):
    return δ * 2
résultat = Café().méthode(à=2)
valeur = ƒ(α)
s = f"{été} {α}"
import math as μ
from math import pi as π
print(été, α, βγ, 名前, fi, H, xi, _é, résultat, valeur, s, μ.pi, π)
print("été € 😀", [λ for λ in range(2)])
lst = [été, α]
d = {"clé": "valeur"}
été += 1
global_é = lambda ça: ça
print(lst, d, global_é(1), été)
# A comment with é € 😀 is fine.
z = "😀" + "€"
print(z, len(z))
w = f"{z!r} {α:>3}"
print(w)

inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("+inf"), float("Infinity"), float("-nan"))
print(float("INF"), float("NaN"), float("  inf  "), float("iNfInItY"))
print(repr(inf), str(nan), [inf, nan])
print(inf + 1, inf * 2, inf - inf, inf * 0, -inf * -1, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan)
print(nan < 1, nan > 1, nan <= nan, nan >= 0)
print(inf == float("inf"), max(inf, 1), min(-inf, 0))
x = nan
print(x is x, x == x, [x] == [x], x in [x])
print(1e308 * 10, -1e308 * 10)
print(int(1e308) > 0, bool(nan), bool(inf))
try:
    int(inf)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError:", e)
print(inf // 1, inf % 2, -inf % 2)

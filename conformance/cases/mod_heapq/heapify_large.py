import heapq
# Lists longer than 2500 take CPython's cache-friendly heapify order.
for n in [2500, 2501, 4099]:
    l = [(i * 7919 + 13) % 1009 for i in range(n)]
    heapq.heapify(l)
    print(n, sum(i * x for i, x in enumerate(l)) % 1000003, l[:10])
    m = [(i * 31) % 97 for i in range(n)]
    heapq._heapify_max(m)
    print(sum(i * x for i, x in enumerate(m)) % 1000003, m[:10])
    out = [heapq.heappop(l) for _ in range(5)]
    print(out, l[:5])

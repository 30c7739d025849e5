# async/await syntax parses to its own nodes.
import asyncio
async def fetch(n):
    await asyncio.sleep(0)
    return n
async def gather_all():
    results = []
    async for item in agen():
        results.append(item)
    async with lock() as l:
        pass
    async with lock(), lock() as m:
        pass
    value = await fetch(1)
    values = [await fetch(i) for i in range(2)]
    total = await fetch(1) + await fetch(2)
    nested = await (await fetch(3))
    return results, value, values, total, nested
async def agen():
    for i in range(3):
        yield i
        await asyncio.sleep(0)
async def comprehension_forms():
    a = [x async for x in agen()]
    b = {x async for x in agen() if x}
    c = {x: x async for x in agen()}
    d = (x async for x in agen())
    e = [x for x in range(2) async for y in agen()]
    return a, b, c, d, e
class AsyncCM:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        return False
def lock():
    return AsyncCM()
async def await_attr():
    return await fetch(1).__class__ if False else await fetch(0)
async def power():
    return await fetch(2) ** 2, -await fetch(1)
print(asyncio.run(gather_all()))

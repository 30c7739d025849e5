# uncaught KeyError from a dict
stock = {"apple": 3, "pear": 0}
for fruit in ["apple", "pear"]:
    print(fruit, stock[fruit])
print(stock.get("banana", "none"))
print(stock["banana"])

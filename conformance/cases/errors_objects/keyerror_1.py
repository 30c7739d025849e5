ages = {"ann": 31, "bob": 25}
print(ages["ann"])
print(ages.get("cy", "unknown"))
print(ages.setdefault("dee", 40), sorted(ages))
print("cy" in ages)
print(ages["cy"])

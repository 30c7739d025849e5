values = [1, 2, 3]
squares = [x for x in [y for z in values if (y := z * z)]]

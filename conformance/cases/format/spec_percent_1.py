for v in (0, 0.5, 1, 0.12345, -0.25, 1.5, 1e-5, 12.3456):
    print(format(v, "%"), format(v, ".0%"), format(v, ".2%"), format(v, "8.1%"))
print(format(0.5, "#.0%"), format(1 / 3, ",.3%"), format(123.456, ",%"))
print("{:.1%}".format(0.875), f"{2 / 3:+.2%}", f"{float('inf'):%}")
print(format(0.0001, ".3%"), format(-0.0, "%"), format(1, "+.1%"))
print("{:>10.2%}|{:<10.0%}|{:^10.1%}|".format(0.123, 0.456, 0.789))

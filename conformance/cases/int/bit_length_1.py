for n in (0, 1, 2, 3, 4, 7, 8, 255, 256, -1, -2, -255, -256, 2 ** 64, 2 ** 64 - 1, -(2 ** 100)):
    print(n, n.bit_length())
print((10 ** 100).bit_length(), True.bit_length(), False.bit_length())
x = 12345
print(x.bit_length() == len(bin(x)) - 2)
print(int.bit_length(1023))

word = "abc"
print(word[2], word[-3])
print(word[1:10])
print(word[5:], repr(word[5:]))
print(len(word))
print(word[3])

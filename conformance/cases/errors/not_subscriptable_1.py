# uncaught TypeError: subscripting None returned from a function
def first_word(text):
    words = text.split()
    if words:
        return words
print(first_word("hello world")[0])
print(first_word("   "))
print(first_word("")[0])

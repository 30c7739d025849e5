# leading comment
x = 1  # trailing comment
# comment between statements
s = "# not a comment"
print(s)  # print it
t = '''triple
# still inside the string
'''
print(t)
print(x) #no space before text
def f():
    # comment as first line of body
    return 2
    # comment after return
print(f())
if x:
# comment at column zero inside a block
    print("inside")
#
print("hash" "#" 'x')

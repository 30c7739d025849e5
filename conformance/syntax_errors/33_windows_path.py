path = "C:\Users\alice\notes.txt"
print(path)

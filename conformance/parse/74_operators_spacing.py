# Operators written without spaces, and tokens that only split at the right place.
a=1;b=2
c=a+b-a*b/a//b%a**b
d=a<<b>>a&b|a^b
e=~a+-b- -a
f=a<b<=a>b>=a==b!=a
g=[a,b][a:b]
h={a:b}
i=(a,b)
j=a if b else-a
k=lambda:a
l=a.__add__(b)
m=1.0e-3+.5-5.
n=0x1f+0o17+0b1+1_0
o='a'"b"
p=a>=b<=a
q=a**-b
r=a*-b
s=[*g,*i]
t={**h,**h}
u=a==-b
v=not-a
w=a-~b
x=a//b**a
y=(a)(b) if False else None
z=a@b if False else None
aa=a|b&a^b<<a>>b
bb=[i for i in g if-i]
cc=1if a else 2
dd=a and-b or+a
ee=[a,]
ff={a,}
gg=g[a:][:b][::a]
a+=1;b-=1;a*=2;b//=1;a**=1;b%=5;a&=7;b|=1;a^=0;b<<=1;a>>=1;b/=1
print(a,b,c,d,e,f,g,h,i,j,k(),l,m,n,o,p,q,r,s,t,u,v,w,x,y,z,aa,bb,cc,dd,ee,ff,gg)

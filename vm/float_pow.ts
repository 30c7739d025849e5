/**
 * The C library's `pow`, bit for bit. CPython's float `**` ends in the
 * platform `pow` (glibc on the reference machine), whose results differ
 * from V8's `Math.pow` in the last bit for a few inputs in ten thousand
 * (even for `x ** 2`); printed results of numeric programs then drift.
 * This is glibc 2.28+'s sysdeps/ieee754/dbl-64/e_pow.c (from ARM's
 * optimized-routines) in the variant x86-64 selects on CPUs with FMA
 * (e_pow-fma.c, built with -mfma: GCC contracts a*b+c into fused
 * multiply-adds, which are reproduced here operation by operation).
 * JavaScript has no fused multiply-add, so `fma` below emulates a
 * correctly rounded one.
 *
 * @module
 */
import { bigRatioToFloat } from "./int.ts";

// -- Bits and a correctly rounded fused multiply-add ----------------------------------

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LITTLE = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LO = LITTLE ? 0 : 1;
const HI = LITTLE ? 1 : 0;

function fromWords(hi: number, lo: number): number {
  U32[HI] = hi;
  U32[LO] = lo;
  return F64[0];
}

/** 2**k for a normal exponent (-1022 <= k <= 1023), built from its bits. */
function twoTo(k: number): number {
  return fromWords((k + 1023) * 0x100000, 0);
}

/** A C99 hexadecimal float literal such as "-0x1.62e42fefa3800p-1", exactly. */
function hexFloat(s: string): number {
  const m = /^(-?)0x([01])\.([0-9a-f]*)p([+-]\d+)$/.exec(s)!;
  const frac = m[3];
  const v = parseInt(m[2] + frac, 16) * twoTo(Number(m[4]) - 4 * frac.length);
  return m[1] ? -v : v;
}

const P900 = twoTo(900);
const PM900 = twoTo(-900);
const P512 = twoTo(512);
const PM512 = twoTo(-512);
const P1009 = twoTo(1009);
const PM1022 = twoTo(-1022);
const P52 = twoTo(52);
const P53 = twoTo(53);
const SPLITTER = 134217729; // 2**27 + 1: Veltkamp splitting into 26-bit halves

/** a*b - p exactly, where p is the double nearest a*b (Dekker's product). */
function twoProductError(a: number, b: number, p: number): number {
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

function parts(x: number): [bigint, number] {
  F64[0] = x;
  const hi = U32[HI];
  const expBits = (hi >>> 20) & 0x7ff;
  let m = (hi & 0xfffff) * 4294967296 + U32[LO];
  let e = -1074;
  if (expBits !== 0) {
    m += 4503599627370496;
    e = expBits - 1075;
  }
  return [BigInt(x < 0 ? -m : m), e];
}

/** fma in exact integer arithmetic, for operands whose splitting could overflow or underflow. */
function fmaExact(a: number, b: number, c: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(c) || a === 0 || b === 0) {
    return a * b + c;
  }
  const [ma, ea] = parts(a);
  const [mb, eb] = parts(b);
  let n = ma * mb;
  let e = ea + eb;
  if (c !== 0) {
    const [mc, ec] = parts(c);
    const lo = Math.min(e, ec);
    n = (n << BigInt(e - lo)) + (mc << BigInt(ec - lo));
    e = lo;
    if (n === 0n) return 0;
  }
  if (e >= 0) return Number(n << BigInt(e));
  try {
    return bigRatioToFloat(n, 1n << BigInt(-e), "");
  } catch {
    return n < 0n ? -Infinity : Infinity;
  }
}

/**
 * fma(a, b, c) = a*b + c rounded once. The product is split exactly
 * (Dekker), added to c exactly (Knuth's TwoSum), and the two low-order
 * parts are summed with rounding to odd before the final rounding to
 * nearest, which Boldo and Melquiond ("Emulation of FMA and correctly
 * rounded sums: proved algorithms using rounding to odd", IEEE TC 2008)
 * prove gives the correctly rounded result.
 */
export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  const ap = Math.abs(p);
  if (
    !(ap < P900 && ap > PM900 && Math.abs(a) < P900 && Math.abs(b) < P900 &&
      Math.abs(c) < P900)
  ) {
    return fmaExact(a, b, c);
  }
  const pe = twoProductError(a, b, p);
  const s = p + c;
  let t = s - p;
  const se = (p - (s - t)) + (c - t);
  const v = se + pe;
  t = v - se;
  const ve = (se - (v - t)) + (pe - t);
  if (ve === 0) return s + v;
  F64[0] = v;
  const lo = U32[LO];
  if ((lo & 1) === 0) {
    // Round to odd: step to the odd neighbour on the side of the true value.
    if ((ve > 0) === (v > 0)) U32[LO] = lo + 1;
    else if (lo !== 0) U32[LO] = lo - 1;
    else {
      U32[LO] = 0xffffffff;
      U32[HI] = U32[HI] - 1;
    }
  }
  return s + F64[0];
}

// -- Tables and coefficients --------------------------------------------------------------

// (invc, logc, logctail) for each of the 128 subintervals: glibc
// sysdeps/ieee754/dbl-64/e_pow_log_data.c, as IEEE bit patterns.
const LOG_TABLE_BITS =
  `3ff6a00000000000 bfd62c82f2b9c800 3cfab42428375680 3ff6800000000000 bfd5d1bdbf580800 bd1ca508d8e0f720
3ff6600000000000 bfd5767717455800 bd2362a4d5b6506d 3ff6400000000000 bfd51aad872df800 bce684e49eb067d5
3ff6200000000000 bfd4be5f95777800 bd041b6993293ee0 3ff6000000000000 bfd4618bc21c6000 3d13d82f484c84cc
3ff5e00000000000 bfd404308686a800 3cdc42f3ed820b3a 3ff5c00000000000 bfd3a64c55694800 3d20b1c686519460
3ff5a00000000000 bfd347dd9a988000 3d25594dd4c58092 3ff5800000000000 bfd2e8e2bae12000 3d267b1e99b72bd8
3ff5600000000000 bfd2895a13de8800 3d15ca14b6cfb03f 3ff5600000000000 bfd2895a13de8800 3d15ca14b6cfb03f
3ff5400000000000 bfd22941fbcf7800 bd165a242853da76 3ff5200000000000 bfd1c898c1699800 bd1fafbc68e75404
3ff5000000000000 bfd1675cababa800 3d1f1fc63382a8f0 3ff4e00000000000 bfd1058bf9ae4800 bd26a8c4fd055a66
3ff4c00000000000 bfd0a324e2739000 bd0c6bee7ef4030e 3ff4a00000000000 bfd0402594b4d000 bcf036b89ef42d7f
3ff4a00000000000 bfd0402594b4d000 bcf036b89ef42d7f 3ff4800000000000 bfcfb9186d5e4000 3d0d572aab993c87
3ff4600000000000 bfcef0adcbdc6000 3d2b26b79c86af24 3ff4400000000000 bfce27076e2af000 bd172f4f543fff10
3ff4200000000000 bfcd5c216b4fc000 3d21ba91bbca681b 3ff4000000000000 bfcc8ff7c79aa000 3d27794f689f8434
3ff4000000000000 bfcc8ff7c79aa000 3d27794f689f8434 3ff3e00000000000 bfcbc286742d9000 3d194eb0318bb78f
3ff3c00000000000 bfcaf3c94e80c000 3cba4e633fcd9066 3ff3a00000000000 bfca23bc1fe2b000 bd258c64dc46c1ea
3ff3a00000000000 bfca23bc1fe2b000 bd258c64dc46c1ea 3ff3800000000000 bfc9525a9cf45000 bd2ad1d904c1d4e3
3ff3600000000000 bfc87fa06520d000 3d2bbdbf7fdbfa09 3ff3400000000000 bfc7ab890210e000 3d2bdb9072534a58
3ff3400000000000 bfc7ab890210e000 3d2bdb9072534a58 3ff3200000000000 bfc6d60fe719d000 bd10e46aa3b2e266
3ff3000000000000 bfc5ff3070a79000 bd1e9e439f105039 3ff3000000000000 bfc5ff3070a79000 bd1e9e439f105039
3ff2e00000000000 bfc526e5e3a1b000 bd20de8b90075b8f 3ff2c00000000000 bfc44d2b6ccb8000 3d170cc16135783c
3ff2c00000000000 bfc44d2b6ccb8000 3d170cc16135783c 3ff2a00000000000 bfc371fc201e9000 3cf178864d27543a
3ff2800000000000 bfc29552f81ff000 bd248d301771c408 3ff2600000000000 bfc1b72ad52f6000 bd2e80a41811a396
3ff2600000000000 bfc1b72ad52f6000 bd2e80a41811a396 3ff2400000000000 bfc0d77e7cd09000 3d0a699688e85bf4
3ff2400000000000 bfc0d77e7cd09000 3d0a699688e85bf4 3ff2200000000000 bfbfec9131dbe000 bd2575545ca333f2
3ff2000000000000 bfbe27076e2b0000 3d2a342c2af0003c 3ff2000000000000 bfbe27076e2b0000 3d2a342c2af0003c
3ff1e00000000000 bfbc5e548f5bc000 bd1d0c57585fbe06 3ff1c00000000000 bfba926d3a4ae000 3d253935e85baac8
3ff1c00000000000 bfba926d3a4ae000 3d253935e85baac8 3ff1a00000000000 bfb8c345d631a000 3d137c294d2f5668
3ff1a00000000000 bfb8c345d631a000 3d137c294d2f5668 3ff1800000000000 bfb6f0d28ae56000 bd269737c93373da
3ff1600000000000 bfb51b073f062000 3d1f025b61c65e57 3ff1600000000000 bfb51b073f062000 3d1f025b61c65e57
3ff1400000000000 bfb341d7961be000 3d2c5edaccf913df 3ff1400000000000 bfb341d7961be000 3d2c5edaccf913df
3ff1200000000000 bfb16536eea38000 3d147c5e768fa309 3ff1000000000000 bfaf0a30c0118000 3d2d599e83368e91
3ff1000000000000 bfaf0a30c0118000 3d2d599e83368e91 3ff0e00000000000 bfab42dd71198000 3d1c827ae5d6704c
3ff0e00000000000 bfab42dd71198000 3d1c827ae5d6704c 3ff0c00000000000 bfa77458f632c000 bd2cfc4634f2a1ee
3ff0c00000000000 bfa77458f632c000 bd2cfc4634f2a1ee 3ff0a00000000000 bfa39e87b9fec000 3cf502b7f526feaa
3ff0a00000000000 bfa39e87b9fec000 3cf502b7f526feaa 3ff0800000000000 bf9f829b0e780000 bd2980267c7e09e4
3ff0800000000000 bf9f829b0e780000 bd2980267c7e09e4 3ff0600000000000 bf97b91b07d58000 bd288d5493faa639
3ff0400000000000 bf8fc0a8b0fc0000 bcdf1e7cf6d3a69c 3ff0400000000000 bf8fc0a8b0fc0000 bcdf1e7cf6d3a69c
3ff0200000000000 bf7fe02a6b100000 bd19e23f0dda40e4 3ff0200000000000 bf7fe02a6b100000 bd19e23f0dda40e4
3ff0000000000000 0000000000000000 0000000000000000 3ff0000000000000 0000000000000000 0000000000000000
3fefc00000000000 3f80101575890000 bd10c76b999d2be8 3fef800000000000 3f90205658938000 bd23dc5b06e2f7d2
3fef400000000000 3f98492528c90000 bd2aa0ba325a0c34 3fef000000000000 3fa0415d89e74000 3d0111c05cf1d753
3feec00000000000 3fa466aed42e0000 bd2c167375bdfd28 3fee800000000000 3fa894aa149fc000 bd197995d05a267d
3fee400000000000 3faccb73cdddc000 bd1a68f247d82807 3fee200000000000 3faeea31c006c000 bd0e113e4fc93b7b
3fede00000000000 3fb1973bd1466000 bd25325d560d9e9b 3feda00000000000 3fb3bdf5a7d1e000 3d2cc85ea5db4ed7
3fed600000000000 3fb5e95a4d97a000 bd2c69063c5d1d1e 3fed400000000000 3fb700d30aeac000 3cec1e8da99ded32
3fed000000000000 3fb9335e5d594000 3d23115c3abd47da 3fecc00000000000 3fbb6ac88dad6000 bd1390802bf768e5
3feca00000000000 3fbc885801bc4000 3d2646d1c65aacd3 3fec600000000000 3fbec739830a2000 bd2dc068afe645e0
3fec400000000000 3fbfe89139dbe000 bd2534d64fa10afd 3fec000000000000 3fc1178e8227e000 3d21ef78ce2d07f2
3febe00000000000 3fc1aa2b7e23f000 3d2ca78e44389934 3feba00000000000 3fc2d1610c868000 3d039d6ccb81b4a1
3feb800000000000 3fc365fcb0159000 3cc62fa8234b7289 3feb400000000000 3fc4913d8333b000 3d25837954fdb678
3feb200000000000 3fc527e5e4a1b000 3d2633e8e5697dc7 3feae00000000000 3fc6574ebe8c1000 3d19cf8b2c3c2e78
3feac00000000000 3fc6f0128b757000 bd25118de59c21e1 3feaa00000000000 3fc7898d85445000 bd1c661070914305
3fea600000000000 3fc8beafeb390000 bd073d54aae92cd1 3fea400000000000 3fc95a5adcf70000 3d07f22858a0ff6f
3fea000000000000 3fca93ed3c8ae000 bd28724350562169 3fe9e00000000000 3fcb31d8575bd000 bd0c358d4eace1aa
3fe9c00000000000 3fcbd087383be000 bd2d4bc4595412b6 3fe9a00000000000 3fcc6ffbc6f01000 bcf1ec72c5962bd2
3fe9600000000000 3fcdb13db0d49000 bd2aff2af715b035 3fe9400000000000 3fce530effe71000 3cc212276041f430
3fe9200000000000 3fcef5ade4dd0000 bcca211565bb8e11 3fe9000000000000 3fcf991c6cb3b000 3d1bcbecca0cdf30
3fe8c00000000000 3fd07138604d5800 3cf89cdb16ed4e91 3fe8a00000000000 3fd0c42d67616000 3d27188b163ceae9
3fe8800000000000 3fd1178e8227e800 bd2c210e63a5f01c 3fe8600000000000 3fd16b5ccbacf800 3d2b9acdf7a51681
3fe8400000000000 3fd1bf99635a6800 3d2ca6ed5147bdb7 3fe8200000000000 3fd214456d0eb800 3d0a87deba46baea
3fe7e00000000000 3fd2bef07cdc9000 3d2a9cfa4a5004f4 3fe7c00000000000 3fd314f1e1d36000 bd28e27ad3213cb8
3fe7a00000000000 3fd36b6776be1000 3d116ecdb0f177c8 3fe7800000000000 3fd3c25277333000 3d183b54b606bd5c
3fe7600000000000 3fd419b423d5e800 3d08e436ec90e09d 3fe7400000000000 3fd4718dc271c800 bd2f27ce0967d675
3fe7200000000000 3fd4c9e09e173000 bd2e20891b0ad8a4 3fe7000000000000 3fd522ae0738a000 3d2ebe708164c759
3fe6e00000000000 3fd57bf753c8d000 3d1fadedee5d40ef 3fe6c00000000000 3fd5d5bddf596000 bd0a0b2a08a465dc`;

// 2**(k/128) ~= H[k] * (1 + T[k]): pairs (bits of T[k], bits of H[k] - (k << 45)).
// glibc sysdeps/ieee754/dbl-64/e_exp_data.c.
const EXP_TABLE_BITS = `0000000000000000 3ff0000000000000 3c9b3b4f1a88bf6e 3feff63da9fb3335
bc7160139cd8dc5d 3fefec9a3e778061 bc905e7a108766d1 3fefe315e86e7f85
3c8cd2523567f613 3fefd9b0d3158574 bc8bce8023f98efa 3fefd06b29ddf6de
3c60f74e61e6c861 3fefc74518759bc8 3c90a3e45b33d399 3fefbe3ecac6f383
3c979aa65d837b6d 3fefb5586cf9890f 3c8eb51a92fdeffc 3fefac922b7247f7
3c3ebe3d702f9cd1 3fefa3ec32d3d1a2 bc6a033489906e0b 3fef9b66affed31b
bc9556522a2fbd0e 3fef9301d0125b51 bc5080ef8c4eea55 3fef8abdc06c31cc
bc91c923b9d5f416 3fef829aaea92de0 3c80d3e3e95c55af 3fef7a98c8a58e51
bc801b15eaa59348 3fef72b83c7d517b bc8f1ff055de323d 3fef6af9388c8dea
3c8b898c3f1353bf 3fef635beb6fcb75 bc96d99c7611eb26 3fef5be084045cd4
3c9aecf73e3a2f60 3fef54873168b9aa bc8fe782cb86389d 3fef4d5022fcd91d
3c8a6f4144a6c38d 3fef463b88628cd6 3c807a05b0e4047d 3fef3f49917ddc96
3c968efde3a8a894 3fef387a6e756238 3c875e18f274487d 3fef31ce4fb2a63f
3c80472b981fe7f2 3fef2b4565e27cdd bc96b87b3f71085e 3fef24dfe1f56381
3c82f7e16d09ab31 3fef1e9df51fdee1 bc3d219b1a6fbffa 3fef187fd0dad990
3c8b3782720c0ab4 3fef1285a6e4030b 3c6e149289cecb8f 3fef0cafa93e2f56
3c834d754db0abb6 3fef06fe0a31b715 3c864201e2ac744c 3fef0170fc4cd831
3c8fdd395dd3f84a 3feefc08b26416ff bc86a3803b8e5b04 3feef6c55f929ff1
bc924aedcc4b5068 3feef1a7373aa9cb bc9907f81b512d8e 3feeecae6d05d866
bc71d1e83e9436d2 3feee7db34e59ff7 bc991919b3ce1b15 3feee32dc313a8e5
3c859f48a72a4c6d 3feedea64c123422 bc9312607a28698a 3feeda4504ac801c
bc58a78f4817895b 3feed60a21f72e2a bc7c2c9b67499a1b 3feed1f5d950a897
3c4363ed60c2ac11 3feece086061892d 3c9666093b0664ef 3feeca41ed1d0057
3c6ecce1daa10379 3feec6a2b5c13cd0 3c93ff8e3f0f1230 3feec32af0d7d3de
3c7690cebb7aafb0 3feebfdad5362a27 3c931dbdeb54e077 3feebcb299fddd0d
bc8f94340071a38e 3feeb9b2769d2ca7 bc87deccdc93a349 3feeb6daa2cf6642
bc78dec6bd0f385f 3feeb42b569d4f82 bc861246ec7b5cf6 3feeb1a4ca5d920f
3c93350518fdd78e 3feeaf4736b527da 3c7b98b72f8a9b05 3feead12d497c7fd
3c9063e1e21c5409 3feeab07dd485429 3c34c7855019c6ea 3feea9268a5946b7
3c9432e62b64c035 3feea76f15ad2148 bc8ce44a6199769f 3feea5e1b976dc09
bc8c33c53bef4da8 3feea47eb03a5585 bc845378892be9ae 3feea34634ccc320
bc93cedd78565858 3feea23882552225 3c5710aa807e1964 3feea155d44ca973
bc93b3efbf5e2228 3feea09e667f3bcd bc6a12ad8734b982 3feea012750bdabf
bc6367efb86da9ee 3fee9fb23c651a2f bc80dc3d54e08851 3fee9f7df9519484
bc781f647e5a3ecf 3fee9f75e8ec5f74 bc86ee4ac08b7db0 3fee9f9a48a58174
bc8619321e55e68a 3fee9feb564267c9 3c909ccb5e09d4d3 3feea0694fde5d3f
bc7b32dcb94da51d 3feea11473eb0187 3c94ecfd5467c06b 3feea1ed0130c132
3c65ebe1abd66c55 3feea2f336cf4e62 bc88a1c52fb3cf42 3feea427543e1a12
bc9369b6f13b3734 3feea589994cce13 bc805e843a19ff1e 3feea71a4623c7ad
bc94d450d872576e 3feea8d99b4492ed 3c90ad675b0e8a00 3feeaac7d98a6699
3c8db72fc1f0eab4 3feeace5422aa0db bc65b6609cc5e7ff 3feeaf3216b5448c
3c7bf68359f35f44 3feeb1ae99157736 bc93091fa71e3d83 3feeb45b0b91ffc6
bc5da9b88b6c1e29 3feeb737b0cdc5e5 bc6c23f97c90b959 3feeba44cbc8520f
bc92434322f4f9aa 3feebd829fde4e50 bc85ca6cd7668e4b 3feec0f170ca07ba
3c71affc2b91ce27 3feec49182a3f090 3c6dd235e10a73bb 3feec86319e32323
bc87c50422622263 3feecc667b5de565 3c8b1c86e3e231d5 3feed09bec4a2d33
bc91bbd1d3bcbb15 3feed503b23e255d 3c90cc319cee31d2 3feed99e1330b358
3c8469846e735ab3 3feede6b5579fdbf bc82dfcd978e9db4 3feee36bbfd3f37a
3c8c1a7792cb3387 3feee89f995ad3ad bc907b8f4ad1d9fa 3feeee07298db666
bc55c3d956dcaeba 3feef3a2b84f15fb bc90a40e3da6f640 3feef9728de5593a
bc68d6f438ad9334 3feeff76f2fb5e47 bc91eee26b588a35 3fef05b030a1064a
3c74ffd70a5fddcd 3fef0c1e904bc1d2 bc91bdfbfa9298ac 3fef12c25bd71e09
3c736eae30af0cb3 3fef199bdd85529c 3c8ee3325c9ffd94 3fef20ab5fffd07a
3c84e08fd10959ac 3fef27f12e57d14b 3c63cdaf384e1a67 3fef2f6d9406e7b5
3c676b2c6c921968 3fef3720dcef9069 bc808a1883ccb5d2 3fef3f0b555dc3fa
bc8fad5d3ffffa6f 3fef472d4a07897c bc900dae3875a949 3fef4f87080d89f2
3c74a385a63d07a7 3fef5818dcfba487 bc82919e2040220f 3fef60e316c98398
3c8e5a50d5c192ac 3fef69e603db3285 3c843a59ac016b4b 3fef7321f301b460
bc82d52107b43e1f 3fef7c97337b9b5f bc892ab93b470dc9 3fef864614f5a129
3c74b604603a88d3 3fef902ee78b3ff6 3c83c5ec519d7271 3fef9a51fbc74c83
bc8ff7128fd391f0 3fefa4afa2a490da bc8dae98e223747d 3fefaf482d8e67f1
3c8ec3bc41aa2008 3fefba1bee615a27 3c842b94c3a9eb32 3fefc52b376bba97
3c8a64a931d185ee 3fefd0765b6e4540 bc8e37bae43be3ed 3fefdbfdad9cbe14
3c77893b4d91cd9d 3fefe7c1819e90d8 3c5305c14160cc89 3feff3c22b8f71f1`;

function words(text: string): Uint32Array {
  const hex = text.trim().split(/\s+/);
  const out = new Uint32Array(hex.length * 2);
  hex.forEach((h, i) => {
    out[2 * i] = parseInt(h.slice(0, 8), 16);
    out[2 * i + 1] = parseInt(h.slice(8), 16);
  });
  return out;
}

function doubles(w: Uint32Array): Float64Array {
  const out = new Float64Array(w.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = fromWords(w[2 * i], w[2 * i + 1]);
  return out;
}

const LOG_TAB = doubles(words(LOG_TABLE_BITS)); // invc, logc, logctail per entry
const EXP_TAB = words(EXP_TABLE_BITS); // (hi, lo) words of tab[0..255]
const EXP_TAIL = new Float64Array(128);
for (let i = 0; i < 128; i++) EXP_TAIL[i] = fromWords(EXP_TAB[4 * i], EXP_TAB[4 * i + 1]);

const LN2HI = hexFloat("0x1.62e42fefa3800p-1");
const LN2LO = hexFloat("0x1.ef35793c76730p-45");
// Log polynomial, scaled as glibc stores it (e_pow_log_data.c).
const A0 = -0.5;
const A1 = hexFloat("-0x1.5555555555560p-1");
const A2 = hexFloat("0x1.0000000000006p-1");
const A3 = hexFloat("0x1.999999959554ep-1");
const A4 = hexFloat("-0x1.555555529a47ap-1");
const A5 = hexFloat("-0x1.2495b9b4845e9p+0");
const A6 = hexFloat("0x1.0002b8b263fc3p+0");
const INVLN2N = hexFloat("0x1.71547652b82fep+7");
const NEGLN2HIN = hexFloat("-0x1.62e42fefa0000p-8");
const NEGLN2LON = hexFloat("-0x1.cf79abc9e3b3ap-47");
const C2 = hexFloat("0x1.ffffffffffdbdp-2");
const C3 = hexFloat("0x1.555555555543cp-3");
const C4 = hexFloat("0x1.55555cf172b91p-5");
const C5 = hexFloat("0x1.1111167a4d017p-7");
const SHIFT = 6755399441055744;

// -- pow -------------------------------------------------------------------------------------

let logTail = 0;

/**
 * log(x) as hi + logTail with ~15 extra bits, for x given by its words
 * (hi possibly wrapped below zero for a normalized subnormal).
 * glibc e_pow.c: log_inline, with the contractions of the FMA build.
 */
function logInline(ixHi: number, ixLo: number): number {
  const tmpHi = (ixHi - 0x3fe69555) | 0; // ix - OFF; the low word of OFF is 0
  const i = (tmpHi >>> 13) & 127;
  const k = tmpHi >> 20;
  const z = fromWords((ixHi - (tmpHi & 0xfff00000)) >>> 0, ixLo);
  const kd = k;
  const invc = LOG_TAB[3 * i];
  const logc = LOG_TAB[3 * i + 1];
  const logctail = LOG_TAB[3 * i + 2];
  // r = fma(z, invc, -1.0): z*invc is within 2**-7 of 1, so p - 1 is exact.
  const zc = z * invc;
  const r = (zc - 1.0) + twoProductError(z, invc, zc);
  const t1 = fma(kd, LN2HI, logc);
  const lo1 = fma(kd, LN2LO, logctail);
  const ar = A0 * r;
  const q1 = fma(r, A2, A1);
  const q3 = fma(r, A4, A3);
  const t2 = t1 + r;
  const ar2 = r * ar;
  const lo2 = (t1 - t2) + r;
  const ar3 = r * ar2;
  const lo3 = twoProductError(ar, r, ar2);
  const q5 = fma(r, A6, A5);
  const hi = t2 + ar2;
  const lo4 = (t2 - hi) + ar2;
  const s2 = fma(q5, ar2, q3);
  const s1 = fma(ar2, s2, q1);
  const lo = fma(ar3, s1, ((lo1 + lo2) + lo3) + lo4);
  const y = hi + lo;
  logTail = (hi - y) + lo;
  return y;
}

function overflow(negative: boolean): number {
  return negative ? -Infinity : Infinity;
}

function underflow(negative: boolean): number {
  return negative ? -0 : 0;
}

/** glibc e_pow.c: specialcase, for results that may overflow or be subnormal. */
function specialCase(tmp: number, sHi: number, sLo: number, k: number): number {
  if (k >= 0) {
    // The exponent of scale may have overflowed by up to 460.
    let scale = fromWords((sHi - (1009 << 20)) >>> 0, sLo);
    if (scale > P900 || scale < -P900) {
      scale *= PM512;
      return fma(scale, tmp, scale) * P512 * P1009;
    }
    return fma(scale, tmp, scale) * P1009;
  }
  const sbHi = (sHi + (1022 << 20)) >>> 0;
  const scale = fromWords(sbHi, sLo);
  const st = scale * tmp;
  let y = scale + st;
  if (Math.abs(y) < 1.0) {
    // Round to 53 bits before scaling into the subnormal range, avoiding
    // a double rounding.
    const one = y < 0.0 ? -1.0 : 1.0;
    let lo = (scale - y) + st;
    const hi = one + y;
    lo = ((one - hi) + y) + lo;
    y = (hi + lo) - one;
    if (y === 0) y = (sbHi & 0x80000000) !== 0 ? -0 : 0;
  }
  return y * PM1022;
}

/** sign * exp(x + xtail). glibc e_pow.c: exp_inline. */
function expInline(x: number, xtail: number, negative: boolean): number {
  F64[0] = x;
  let abstop = (U32[HI] >>> 20) & 0x7ff;
  if (abstop - 0x3c9 >= 0x3f || abstop < 0x3c9) {
    if (abstop < 0x3c9) {
      // Tiny x: exp(x) rounds to 1 + x.
      const one = 1.0 + x;
      return negative ? -one : one;
    }
    if (abstop >= 0x409) return x < 0 ? underflow(negative) : overflow(negative);
    abstop = 0; // large |x| is handled by specialCase
  }
  const kdShifted = fma(x, INVLN2N, SHIFT);
  const kd = kdShifted - SHIFT;
  const k = kd; // an integer: kdShifted is 1.5 * 2**52 + k
  let r = fma(kd, NEGLN2LON, fma(kd, NEGLN2HIN, x));
  r = xtail + r;
  const idx = k & 127;
  // scale = 2**(k/128) with k's integer part added to the exponent field.
  const sHi = (EXP_TAB[4 * idx + 2] + k * 8192 + (negative ? 0x80000000 : 0)) >>> 0;
  const sLo = EXP_TAB[4 * idx + 3];
  const u = fma(r, C3, C2);
  const tr = r + EXP_TAIL[idx];
  const r2 = r * r;
  const v = fma(r, C5, C4);
  const w = fma(u, r2, tr);
  const tmp = fma(v, r2 * r2, w);
  if (abstop === 0) return specialCase(tmp, sHi, sLo, k);
  let scale = fromWords(sHi, sLo);
  if (scale > P900 || scale < -P900) {
    scale *= PM512;
    return fma(scale, tmp, scale) * P512;
  }
  return fma(scale, tmp, scale);
}

/** 0 if not an integer, 1 if odd, 2 if even (y finite and nonzero). */
function checkInt(y: number): number {
  if (Math.floor(y) !== y) return 0;
  if (Math.abs(y) >= P53) return 2;
  return y % 2 === 0 ? 2 : 1;
}

/**
 * C's pow(x, y) as glibc computes it on x86-64 with FMA, ignoring errno:
 * an overflow returns an infinity and an underflow a zero or subnormal.
 */
export function libmPow(x: number, y: number): number {
  F64[0] = x;
  let ixHi = U32[HI];
  let ixLo = U32[LO];
  let topx = ixHi >>> 20;
  F64[0] = y;
  const topy = U32[HI] >>> 20;
  let negative = false;
  // The C code compares unsigned differences: `>>> 0` keeps negative ones large.
  if ((topx - 1) >>> 0 >= 0x7fe || ((topy & 0x7ff) - 0x3be) >>> 0 >= 0x80) {
    // Zeros, infinities, NaNs, subnormal or negative x; tiny or huge y.
    if (y === 0) return 1.0;
    if (x === 1) return 1.0;
    if (x !== x || y !== y) return x + y;
    if (y === Infinity || y === -Infinity) {
      const ax = Math.abs(x);
      if (ax === 1) return 1.0;
      if ((ax < 1) === (y > 0)) return 0.0;
      return y * y;
    }
    if (x === 0 || x === Infinity || x === -Infinity) {
      let x2 = x * x;
      let neg = false;
      if ((x < 0 || Object.is(x, -0)) && checkInt(y) === 1) {
        x2 = -x2;
        neg = true;
      }
      if (x === 0 && y < 0) return neg ? -Infinity : Infinity;
      return y < 0 ? 1 / x2 : x2;
    }
    if (x < 0) {
      const yint = checkInt(y);
      if (yint === 0) return NaN;
      if (yint === 1) negative = true;
      ixHi &= 0x7fffffff;
      topx &= 0x7ff;
    }
    if (((topy & 0x7ff) - 0x3be) >>> 0 >= 0x80) {
      const ax = Math.abs(x);
      if (ax === 1) return 1.0;
      if ((topy & 0x7ff) < 0x3be) return ax > 1 ? 1.0 + y : 1.0 - y;
      return (ax > 1) === (y > 0) ? Infinity : 0;
    }
    if (topx === 0) {
      // Normalize a subnormal x; the exponent goes negative through the sign bit.
      F64[0] = Math.abs(x) * P52;
      ixHi = ((U32[HI] & 0x7fffffff) - (52 << 20)) | 0;
      ixLo = U32[LO];
    }
  }
  const hi = logInline(ixHi, ixLo);
  const lo = logTail;
  const ehi = y * hi;
  const elo = fma(y, lo, twoProductError(y, hi, ehi));
  return expInline(ehi, elo, negative);
}

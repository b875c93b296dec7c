//! Helpers shared by the unit tests of several finders.

/// xorshift64 from a fixed seed: the random inputs of a test are the same on every run, so a
/// failure repeats.
pub struct Rng(u64);

impl Rng {
    pub fn new() -> Rng {
        Rng(0x9E37_79B9_7F4A_7C15)
    }

    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

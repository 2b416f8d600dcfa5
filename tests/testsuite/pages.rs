//! Pages through the real router.

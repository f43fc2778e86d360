//! `rungs report`: a review-ready summary of where a person stands for a target level, as
//! Markdown (GitHub task lists) or one self-contained HTML file. Knows nothing of terminals.

mod html;
mod markdown;
mod model;

pub use html::html;
pub use markdown::markdown;
pub use model::{AreaReview, EvidenceLine, Review, ReviewItem, Standing};

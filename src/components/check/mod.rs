//! The "was I affected?" checker (`#/check?service=…&at=…`): the form with its service and
//! time pickers, and the answer with its functions, its "why" and the reply to share.

pub mod form;
pub mod functions;
pub mod result;
pub mod service_picker;
pub mod share;
pub mod summary;
pub mod time_picker;
pub mod view;
pub mod why;

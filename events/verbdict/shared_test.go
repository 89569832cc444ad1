package verbdict

// sharedDir is the project's reference-data folder, present in the
// development checkout only; tests that need it skip without it.
const sharedDir = "../../../shared/data/eventdata"

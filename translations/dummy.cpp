// Holds the compiled translations resource.

package dev.hotseat.persona;

/** The optional YAML header of a template file: which template it is, and the version of its wording. */
record TemplateHeader(String template, Integer version) {
}

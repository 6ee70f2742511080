  /**
{{ c.message|doc_lines("   * ") }}
{%- if let Some(d) = c.description %}
   *
{{ d|doc_lines("   * ") }}
{%- endif %}
{%- if let Some(d) = c.deprecated %}
   *
   * @deprecated
{{ d|doc_lines("   * ") }}
{%- endif %}
   */
{#- A code's doc comment, two spaces in: its message, description and deprecation. Included
    by the source, the JavaScript and the declarations, inside a loop over `c`. #}

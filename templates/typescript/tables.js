{#- The values of the codes object, the info table, the category list and the class table, as
    both the source and the JavaScript write them: `Tables` renders each block, named by
    `table`, once per package, and the three files print it at its place. -#}
{%- if table == "codes" %}
{%- for c in v.codes %}
{% include "typescript/code_doc.js" %}
  {{ c.name }}: {{ c.code }},
{%- endfor %}
{%- else if table == "info" %}
{%- for c in v.codes %}
  {{ c.code }}: Object.freeze({
    code: {{ c.code }},
    name: {{ c.name|json_str }},
    message: {{ c.message|json_str }},
    description: {% if let Some(d) = c.description %}{{ d|json_str }}{% else %}undefined{% endif %},
    httpStatus: {{ c.http }},
    category: {{ v.category_of(c).id|json_str }},
    categoryLabel: {{ v.category_of(c).label|json_str }},
    retryable: {{ c.retryable }},
    deprecated: {% if let Some(d) = c.deprecated %}{{ d|json_str }}{% else %}undefined{% endif %},
    docsPath: {{ c.docs_path|json_str }},
    docsUrl: {% if let Some(u) = c.docs_url %}{{ u|json_str }}{% else %}undefined{% endif %},
  }),
{%- endfor %}
{%- else if table == "categories" %}
{%- for k in v.categories %}
  Object.freeze({ id: {{ k.id|json_str }}, label: {{ k.label|json_str }} }),
{%- endfor %}
{%- else if table == "classes" %}
{%- for k in v.categories %}
  {{ k.id|json_str }}: {{ n.classes[loop.index0] }},
{%- endfor %}
{%- endif %}

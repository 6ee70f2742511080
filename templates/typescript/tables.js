{#- The values of the codes object, the info table and the category list, as both the source
    and the JavaScript write them: each block is included at its place with `table` naming it. -#}
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

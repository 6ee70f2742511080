{% for line in header -%}
// {{ line }}
{% endfor %}
module {{ n.module|go_mod_token }}

go 1.19


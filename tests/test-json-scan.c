/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "esc-json-scan.h"
#include "esc-problem.h"

static GPtrArray *
scan (const char *text,
      gboolean   *ok)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) esc_problem_free);
  gboolean result = esc_json_scan (text, strlen (text), problems, NULL, NULL);

  if (ok != NULL)
    *ok = result;
  return problems;
}

static void
assert_one (GPtrArray  *problems,
            const char *code,
            const char *path,
            guint       line,
            guint       column)
{
  EscProblem *problem;

  g_assert_cmpuint (problems->len, ==, 1);
  problem = g_ptr_array_index (problems, 0);
  g_assert_cmpstr (problem->code, ==, code);
  g_assert_cmpstr (problem->path, ==, path);
  g_assert_cmpuint (problem->line, ==, line);
  g_assert_cmpuint (problem->column, ==, column);
}

static void
test_paths_round_trip (void)
{
  static const struct { const char *path, *parent; } cases[] = {
    { "$.a", "$" },
    { "$.a[2].b", "$.a[2]" },
    { "$.a[2]", "$.a" },
    { "$[\"[\"]", "$" },                       /* found by the fuzzer: a key "[" */
    { "$.x[\"a.b\"]", "$.x" },
    { "$[\"q\\\"]\"].c", "$[\"q\\\"]\"]" },   /* a key holding a quote and a bracket */
    { "$[\"pt-BR\"]", "$" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup (cases[i].path);

      g_assert_true (esc_json_path_to_parent (path));
      g_assert_cmpstr (path, ==, cases[i].parent);
    }

  {
    char root[] = "$";
    g_assert_false (esc_json_path_to_parent (root));
  }
}

static void
test_member_syntax (void)
{
  g_autoptr(GString) path = g_string_new ("$");

  esc_json_path_append_member (path, "title", -1);
  esc_json_path_append_member (path, "pt-BR", -1);
  esc_json_path_append_index (path, 3);
  esc_json_path_append_member (path, "a\"b", -1);
  g_assert_cmpstr (path->str, ==, "$.title[\"pt-BR\"][3][\"a\\\"b\"]");
}

static void
test_duplicate_keys (void)
{
  g_autoptr(GPtrArray) few = scan ("{\"a\": 1,\n \"b\": {\"a\": 2}, \"a\": 3}", NULL);
  g_autoptr(GString) many = g_string_new ("{");
  g_autoptr(GPtrArray) many_problems = NULL;

  /* "a" inside "b" is another object: only the third counts. */
  assert_one (few, "duplicate-key", "$.a", 2, 17);

  /* Past 16 keys the scanner switches to a hash table; duplicates are still found. */
  for (int i = 0; i < 5000; i++)
    g_string_append_printf (many, "\"k%d\": %d, ", i, i);
  g_string_append (many, "\"k17\": 0}");
  many_problems = scan (many->str, NULL);
  g_assert_cmpuint (many_problems->len, ==, 1);
  g_assert_cmpstr (((EscProblem *) g_ptr_array_index (many_problems, 0))->path, ==, "$.k17");
}

static void
test_numbers (void)
{
  g_autoptr(GPtrArray) max = scan ("[9223372036854775807, -9223372036854775808, 0.5e3, 0, -0.0, 1E+2]", NULL);
  g_autoptr(GPtrArray) over = scan ("[1, 9223372036854775808]", NULL);
  g_autoptr(GPtrArray) under = scan ("[-9223372036854775809]", NULL);
  g_autoptr(GPtrArray) inf = scan ("{\"v\": 1e400}", NULL);
  g_autoptr(GPtrArray) tiny = scan ("{\"v\": 1e-400}", NULL);

  g_assert_cmpuint (max->len, ==, 0);
  assert_one (over, "number-out-of-range", "$[1]", 1, 5);
  assert_one (under, "number-out-of-range", "$[0]", 1, 2);
  assert_one (inf, "number-out-of-range", "$.v", 1, 7);
  /* Underflow to zero loses nothing a dataset could mean. */
  g_assert_cmpuint (tiny->len, ==, 0);
}

static void
test_strings (void)
{
  g_autoptr(GPtrArray) control = scan ("{\"t\": \"a\tb\"}", NULL);
  g_autoptr(GPtrArray) nul = scan ("{\"t\": \"x\\u0000y\"}", NULL);
  g_autoptr(GPtrArray) escaped = scan ("{\"t\": \"x\\\\u0000y \\\"q\\\" \\n\"}", NULL);

  assert_one (control, "control-character", "$.t", 1, 9);
  assert_one (nul, "nul-character", "$.t", 1, 7);
  /* An escaped backslash before "u0000" is text, not a NUL. */
  g_assert_cmpuint (escaped->len, ==, 0);
}

static void
test_depth (void)
{
  g_autoptr(GString) ok_text = g_string_new (NULL);
  g_autoptr(GString) deep_text = g_string_new (NULL);
  g_autoptr(GPtrArray) fine = NULL;
  g_autoptr(GPtrArray) deep = NULL;
  gboolean ok;

  for (int i = 0; i < ESC_JSON_MAX_DEPTH; i++)
    g_string_append_c (ok_text, '[');
  for (int i = 0; i < ESC_JSON_MAX_DEPTH; i++)
    g_string_append_c (ok_text, ']');
  fine = scan (ok_text->str, &ok);
  g_assert_true (ok);
  g_assert_cmpuint (fine->len, ==, 0);

  g_string_printf (deep_text, "[%s]", ok_text->str);
  deep = scan (deep_text->str, &ok);
  g_assert_false (ok);
  g_assert_cmpstr (((EscProblem *) g_ptr_array_index (deep, 0))->code, ==, "too-deep");
}

typedef struct {
  GString *seen;
} Collect;

static void
collect (const char *path,
         guint       line,
         guint       column,
         gpointer    user_data)
{
  g_string_append_printf (user_data, "%s@%u:%u ", path, line, column);
}

static void
test_values (void)
{
  const char *text = "{\"a\": [1, {\"é\": true}],\n \"b\": null}";
  g_autoptr(GString) seen = g_string_new (NULL);

  esc_json_scan_values (text, strlen (text), collect, seen);
  g_assert_cmpstr (seen->str, ==, "$@1:1 $.a@1:7 $.a[0]@1:8 $.a[1]@1:11 $.a[1][\"é\"]@1:17 $.b@2:7 ");
}

/* Strict RFC 8259: everything json-glib 1.6 would let through, and the usual mistakes,
 * end the scan with one syntax error at the offending character. */
static void
test_malformed (void)
{
  static const struct { const char *text; guint column; } cases[] = {
    { "{", 2 }, { "[1,", 4 }, { "{\"a\" 1}", 6 }, { "\"open", 6 }, { "{\"a\": tru}", 7 },
    { "]", 1 }, { "{\"a\":1,}", 8 }, { "[1,]", 4 }, { "{'a': 1}", 2 }, { "[0x1F]", 2 },
    { "[012]", 2 }, { "[.5]", 2 }, { "[5.]", 2 }, { "[1e]", 2 }, { "[+1]", 2 },
    { "[\"\\v\"]", 3 }, { "[\"\\u12\"]", 3 }, { "[\"\\ud800\"]", 3 }, { "[\"\\udc00\"]", 3 },
    { "[1] /* c */", 5 }, { "{} {}", 4 }, { "[truex]", 2 }, { "[NaN]", 2 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      gboolean ok;
      g_autoptr(GPtrArray) problems = scan (cases[i].text, &ok);

      g_test_message ("%s", cases[i].text);
      g_assert_false (ok);
      g_assert_cmpuint (problems->len, ==, 1);
      g_assert_cmpstr (((EscProblem *) g_ptr_array_index (problems, 0))->code, ==, "syntax");
      g_assert_cmpuint (((EscProblem *) g_ptr_array_index (problems, 0))->column, ==, cases[i].column);
    }
}

static void
test_escapes (void)
{
  g_autoptr(GPtrArray) pair = scan ("[\"\\ud83d\\ude00 \\u00e9 \\/\"]", NULL);
  /* The same key, spelled with an escape: json-glib would keep only the last. */
  g_autoptr(GPtrArray) spelled = scan ("{\"format\": 1, \"\\u0066ormat\": 2}", NULL);

  g_assert_cmpuint (pair->len, ==, 0);
  assert_one (spelled, "duplicate-key", "$.format", 1, 15);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/json-scan/paths", test_paths_round_trip);
  g_test_add_func ("/model/json-scan/member-syntax", test_member_syntax);
  g_test_add_func ("/model/json-scan/duplicate-keys", test_duplicate_keys);
  g_test_add_func ("/model/json-scan/numbers", test_numbers);
  g_test_add_func ("/model/json-scan/strings", test_strings);
  g_test_add_func ("/model/json-scan/depth", test_depth);
  g_test_add_func ("/model/json-scan/values", test_values);
  g_test_add_func ("/model/json-scan/malformed", test_malformed);
  g_test_add_func ("/model/json-scan/escapes", test_escapes);

  return g_test_run ();
}

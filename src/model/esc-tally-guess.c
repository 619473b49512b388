/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Guessing what each column of a tally-sheet file holds, from its header and from the
 * values of the first rows. Headers come in Spanish or English, in any case, with or
 * without accents, with underscores or spaces: "COD_CENTRO", "Votos válidos",
 * "registered voters". A guess is only a start: the user or --column fixes it. */
#include "config.h"

#include <string.h>

#include "esc-tally-guess.h"

#define PREVIEW_ROWS 500

typedef struct {
  guint filled;          /* rows with a value */
  guint counts;          /* of those, whole numbers */
  gboolean constant_in_centres;   /* the same value on every row of each centre */
} ColumnValues;

/* The header's words, lower case, without accents: "Votos_Válidos" is "votos validos". */
static char **
header_words (const char *header)
{
  g_autofree char *ascii = g_str_to_ascii (header, "C");
  g_autofree char *lower = g_ascii_strdown (ascii, -1);

  for (char *p = lower; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p))
      *p = ' ';
  return g_strsplit_set (g_strstrip (lower), " ", -1);
}

static gboolean
has_word (char * const *words,
          const char   *list)
{
  g_auto(GStrv) wanted = g_strsplit (list, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && g_strv_contains ((const char * const *) wanted, words[i]))
      return TRUE;
  return FALSE;
}

#define CODE_WORDS "cod codigo code id cd num nro numero no n"
#define REGION_WORDS "estado state provincia province municipio municipality parroquia parish " \
  "departamento department region distrito district county condado comuna canton ciudad city " \
  "entidad circunscripcion edo mun mcpio parr prov dpto localidad provincia commune"
#define CENTRE_WORDS "centro centre center cv recinto local station escuela colegio precinct"
#define TABLE_WORDS "mesa table acta sheet junta booth urna tally"

/* The role a count column's header names, or IGNORE when it names none of the totals. */
static EscTallyRole
total_role (char * const *words)
{
  if (has_word (words, "validos valid validas"))
    return ESC_TALLY_VALID;
  if (has_word (words, "nulos nulo null nulls invalid invalidos void spoilt spoiled"))
    return ESC_TALLY_NULL;
  if (has_word (words, "blanco blancos blank blanks blancas"))
    return ESC_TALLY_BLANK;
  if (has_word (words, "inscritos electores registered electorate padron eligible habilitados inscrits"))
    return ESC_TALLY_REGISTERED;
  if (has_word (words, "votantes voters emitidos cast sufragantes ballots participacion turnout total totales"))
    return ESC_TALLY_VOTERS;
  return ESC_TALLY_IGNORE;
}

static EscTallyColumn *
guess_one (const char         *header,
           const ColumnValues *values)
{
  g_auto(GStrv) words = header_words (header);
  /* Most values, not all: a bad row must be set aside and listed, not turn the column off. */
  gboolean numeric = values->filled > 0 && values->counts * 2 > values->filled;
  gboolean code = has_word (words, CODE_WORDS);
  EscTallyRole role;

  if (numeric && (role = total_role (words)) != ESC_TALLY_IGNORE)
    return esc_tally_column_new (header, role, NULL);
  if (has_word (words, TABLE_WORDS))
    return esc_tally_column_new (header, ESC_TALLY_TABLE, NULL);
  if (has_word (words, CENTRE_WORDS))
    return esc_tally_column_new (header, ESC_TALLY_CENTRE, NULL);
  if (has_word (words, REGION_WORDS))
    return esc_tally_column_new (header, code ? ESC_TALLY_IGNORE : ESC_TALLY_REGION, NULL);
  if (numeric && !code && !has_word (words, "fila row index indice linea line"))
    return esc_tally_column_new (header, ESC_TALLY_VOTES, NULL);
  return esc_tally_column_new (header, ESC_TALLY_IGNORE, NULL);
}

/* One column for the table and one for the centre: of several that may be, the first
 * with a code (the name of a centre is often not unique), the others not used. */
static void
keep_one_of (GPtrArray    *columns,
             EscTallyRole  role)
{
  EscTallyColumn *kept = NULL;

  for (guint i = 0; i < columns->len && kept == NULL; i++)
    {
      EscTallyColumn *column = g_ptr_array_index (columns, i);
      g_auto(GStrv) words = header_words (column->header);

      if (column->role == role && has_word (words, CODE_WORDS))
        kept = column;
    }
  for (guint i = 0; i < columns->len; i++)
    {
      EscTallyColumn *column = g_ptr_array_index (columns, i);

      if (column->role != role)
        continue;
      if (kept == NULL)
        kept = column;
      else if (column != kept)
        column->role = ESC_TALLY_IGNORE;
    }
}

static guint
find_role (GPtrArray    *columns,
           EscTallyRole  role)
{
  for (guint i = 0; i < columns->len; i++)
    if (((EscTallyColumn *) g_ptr_array_index (columns, i))->role == role)
      return i;
  return G_MAXUINT;
}

/* Reads the preview: how many values each column has and how many are counts, and, by
 * centre, whether a column keeps one value on all the rows of each centre. */
static ColumnValues *
read_values (EscCsv *csv,
             guint   n_columns,
             guint   centre)
{
  ColumnValues *values = g_new0 (ColumnValues, n_columns);
  g_autoptr(GArray) fields = g_array_new (FALSE, FALSE, sizeof (EscCsvField));
  g_autoptr(GHashTable) first_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
  guint repeated_centres = 0;
  EscCsvRow row;

  for (guint i = 0; i < n_columns; i++)
    values[i].constant_in_centres = centre != G_MAXUINT;
  esc_csv_rewind (csv);
  for (guint n = 0; n < PREVIEW_ROWS && esc_csv_next_row (csv, fields, &row); n++)
    {
      g_auto(GStrv) texts = g_new0 (char *, n_columns + 1);
      char **first;

      for (guint i = 0; i < n_columns && i < fields->len; i++)
        {
          EscCsvField *field = &g_array_index (fields, EscCsvField, i);
          gint64 count;
          EscCsvCount kind = esc_csv_field_count (field, &count);

          values[i].filled += kind != ESC_CSV_COUNT_EMPTY;
          values[i].counts += kind == ESC_CSV_COUNT;
          texts[i] = esc_csv_field_dup (field);
        }
      for (guint i = fields->len; i < n_columns; i++)
        texts[i] = g_strdup ("");
      if (centre == G_MAXUINT)
        continue;
      first = g_hash_table_lookup (first_rows, texts[centre]);
      if (first == NULL)
        {
          char *key = g_strdup (texts[centre]);

          g_hash_table_insert (first_rows, key, g_steal_pointer (&texts));
          continue;
        }
      repeated_centres++;
      for (guint i = 0; i < n_columns; i++)
        if (g_strcmp0 (first[i], texts[i]) != 0)
          values[i].constant_in_centres = FALSE;
    }
  esc_csv_rewind (csv);
  /* A column alike on the tables of one centre may be chance; on those of many, it is
   * the centre's figure. */
  for (guint i = 0; i < n_columns && repeated_centres < 4; i++)
    values[i].constant_in_centres = FALSE;
  return values;
}

/* The columns of @csv with a guess of each one's role. Vote columns count for a
 * candidate named as the header; totals that keep one value on all the tables of each
 * centre are taken as the centre's. */
GPtrArray *
esc_tally_guess_columns (EscCsv *csv)
{
  GPtrArray *header = esc_csv_get_header (csv);
  g_autoptr(GPtrArray) columns = g_ptr_array_new_with_free_func ((GDestroyNotify) esc_tally_column_free);
  g_autofree ColumnValues *values = NULL;
  guint centre;

  /* Roles from the headers first, to know the centre, then the values by centre. */
  values = read_values (csv, header->len, G_MAXUINT);
  for (guint i = 0; i < header->len; i++)
    g_ptr_array_add (columns, guess_one (g_ptr_array_index (header, i), &values[i]));
  keep_one_of (columns, ESC_TALLY_CENTRE);
  keep_one_of (columns, ESC_TALLY_TABLE);
  centre = find_role (columns, ESC_TALLY_CENTRE);
  if (centre == G_MAXUINT || find_role (columns, ESC_TALLY_TABLE) == G_MAXUINT)
    return g_steal_pointer (&columns);

  g_free (values);
  values = read_values (csv, header->len, centre);
  for (guint i = 0; i < columns->len; i++)
    {
      EscTallyColumn *column = g_ptr_array_index (columns, i);

      column->per_centre = column->role > ESC_TALLY_VOTES && values[i].constant_in_centres;
    }
  return g_steal_pointer (&columns);
}

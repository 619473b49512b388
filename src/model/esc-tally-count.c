/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Counting a file of tally sheets: one pass over the rows, each checked, then summed by
 * candidate, by total and by region. The rules are in docs/dataset-format.md, "Tallies". */
#include "config.h"

#include <string.h>

#include "esc-tally-private.h"

typedef struct {
  EscTally *tally;
  guint n_columns;
  int *candidate_of;          /* per column: the candidate's index, or -1 */
  guint by, centre, table;    /* column indices, G_MAXUINT where none */
  GArray *place_columns;      /* the region columns, then centre and table: a sheet's key */
  guint last_needed;          /* the last column read */
  EscTallyRole *roles;        /* per column, not to follow a pointer per cell */
  GStringChunk *keys;         /* the keys of the two below, in few allocations */
  GHashTable *sheets;         /* a sheet's key → the line of its first row */
  GHashTable **centres_done;  /* per per-centre column: the centres already counted */
  GHashTable *regions;        /* name → EscTallyRegion */
  GString *name;
  EscTallyRegion *last_region;     /* the previous row's: files list a region's rows together */
  EscCsvField last_region_field;
  gint64 *row_votes;
  gint64 *row_values;         /* per column */
  gboolean *row_given;
  GString *key, *centre_key;
} Counter;

static guint
count_candidates (EscTally *tally,
                  int      *candidate_of)
{
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < tally->columns->len; i++)
    {
      EscTallyColumn *column = g_ptr_array_index (tally->columns, i);
      gpointer found;

      candidate_of[i] = -1;
      if (column->role != ESC_TALLY_VOTES)
        continue;
      if (!g_hash_table_lookup_extended (index, column->candidate, NULL, &found))
        {
          EscTallyCandidate candidate = { g_strdup (column->candidate), NULL, 0 };

          found = GUINT_TO_POINTER (tally->candidates->len);
          g_array_append_val (tally->candidates, candidate);
          g_hash_table_insert (index, column->candidate, found);
        }
      candidate_of[i] = GPOINTER_TO_INT (found);
    }
  return tally->candidates->len;
}

/* Keys that carry their hash: four bytes of it, then the text. GHashTable hashes a key on
 * every lookup and again on insert, and a sheet's key is long (its regions, centre and
 * table): these are hashed once, as they are built. */
static guint
key_hash (gconstpointer key)
{
  guint hash;

  memcpy (&hash, key, sizeof hash);
  return hash;
}

static gboolean
key_equal (gconstpointer a,
           gconstpointer b)
{
  return memcmp (a, b, sizeof (guint)) == 0 && strcmp ((const char *) a + sizeof (guint), (const char *) b + sizeof (guint)) == 0;
}

static void
key_start (GString *key)
{
  g_string_truncate (key, 0);
  g_string_append_len (key, "\0\0\0\0", sizeof (guint));
}

/* A hash of the text, eight bytes at a time, into the key's first four bytes. */
static void
key_finish (GString *key)
{
  guint64 hash = key->len;
  gsize i = sizeof (guint);

  for (; i + 8 <= key->len; i += 8)
    {
      guint64 word;

      memcpy (&word, key->str + i, 8);
      hash = (hash ^ word) * G_GUINT64_CONSTANT (0x9e3779b97f4a7c15);
      hash ^= hash >> 29;
    }
  for (; i < key->len; i++)
    hash = (hash ^ (guchar) key->str[i]) * G_GUINT64_CONSTANT (0x100000001b3);
  hash ^= hash >> 32;
  memcpy (key->str, &(guint) { (guint) hash }, sizeof (guint));
}

static const char *
key_text (GString *key)
{
  return key->str + sizeof (guint);
}

static void
counter_init (Counter    *counter,
              EscTally   *tally,
              const char *by)
{
  guint n = tally->columns->len, n_candidates;

  memset (counter, 0, sizeof *counter);
  counter->tally = tally;
  counter->n_columns = n;
  counter->candidate_of = g_new (int, n);
  counter->by = counter->centre = counter->table = G_MAXUINT;
  counter->place_columns = g_array_new (FALSE, FALSE, sizeof (guint));
  counter->centres_done = g_new0 (GHashTable *, n);
  counter->roles = g_new (EscTallyRole, n);
  counter->keys = g_string_chunk_new (1024 * 1024);
  n_candidates = count_candidates (tally, counter->candidate_of);

  for (guint i = 0; i < n; i++)
    {
      EscTallyColumn *column = g_ptr_array_index (tally->columns, i);

      counter->roles[i] = column->role;
      if (column->role != ESC_TALLY_IGNORE)
        counter->last_needed = i;
      if (by != NULL && g_ascii_strcasecmp (column->header, by) == 0)
        counter->by = counter->last_needed = MAX (counter->last_needed, i);
      if (column->role == ESC_TALLY_REGION)
        g_array_append_val (counter->place_columns, i);
      if (column->role == ESC_TALLY_CENTRE && counter->centre == G_MAXUINT)
        counter->centre = i;
      if (column->role == ESC_TALLY_TABLE && counter->table == G_MAXUINT)
        counter->table = i;
      if (column->role > ESC_TALLY_VOTES)
        tally->totals[column->role] = 0;
      if (column->per_centre && column->role > ESC_TALLY_VOTES)
        counter->centres_done[i] = g_hash_table_new (key_hash, key_equal);
    }
  if (counter->centre != G_MAXUINT)
    g_array_append_val (counter->place_columns, counter->centre);
  if (counter->table != G_MAXUINT)
    g_array_append_val (counter->place_columns, counter->table);
  counter->sheets = g_hash_table_new (key_hash, key_equal);
  counter->regions = g_hash_table_new (g_str_hash, g_str_equal);
  counter->name = g_string_new (NULL);
  counter->row_votes = g_new0 (gint64, n_candidates);
  counter->row_values = g_new0 (gint64, n);
  counter->row_given = g_new0 (gboolean, n);
  counter->key = g_string_new (NULL);
  counter->centre_key = g_string_new (NULL);
  g_array_set_size (tally->histograms, (gsize) n_candidates * ESC_TALLY_BINS);
}

static void
counter_clear (Counter *counter)
{
  g_free (counter->candidate_of);
  g_array_unref (counter->place_columns);
  for (guint i = 0; i < counter->n_columns; i++)
    g_clear_pointer (&counter->centres_done[i], g_hash_table_unref);
  g_free (counter->centres_done);
  g_free (counter->roles);
  g_hash_table_unref (counter->sheets);
  g_string_chunk_free (counter->keys);
  g_string_free (counter->name, TRUE);
  g_hash_table_unref (counter->regions);
  g_free (counter->row_votes);
  g_free (counter->row_values);
  g_free (counter->row_given);
  g_string_free (counter->key, TRUE);
  g_string_free (counter->centre_key, TRUE);
}

static EscTallyColumn *
column_at (Counter *counter,
           guint    i)
{
  return g_ptr_array_index (counter->tally->columns, i);
}

static gboolean
reject (Counter        *counter,
        guint           line,
        EscTallyReject  reason,
        const char     *column,
        char           *value)
{
  EscTallyRejection rejection = { line, reason, g_strdup (column), value, 0 };

  g_array_append_val (counter->tally->rejections, rejection);
  counter->tally->n_rejected++;
  return FALSE;
}

/* Reads the row's counts; FALSE, with the row set aside, where one is not a count. */
static gboolean
read_counts (Counter   *counter,
             GArray    *fields,
             EscCsvRow *row)
{
  static const EscTallyReject reasons[] = {
    [ESC_CSV_COUNT_NOT_A_NUMBER] = ESC_TALLY_REJECT_NOT_A_NUMBER,
    [ESC_CSV_COUNT_NEGATIVE] = ESC_TALLY_REJECT_NEGATIVE,
    [ESC_CSV_COUNT_FRACTION] = ESC_TALLY_REJECT_FRACTION,
  };

  /* Not with no candidates: memset() of NULL is undefined, even for no bytes. */
  if (counter->tally->candidates->len > 0)
    memset (counter->row_votes, 0, sizeof (gint64) * counter->tally->candidates->len);
  for (guint i = 0; i <= counter->last_needed; i++)
    {
      EscCsvField *field = &g_array_index (fields, EscCsvField, i);
      EscCsvCount kind;

      counter->row_given[i] = FALSE;
      if (counter->roles[i] < ESC_TALLY_VOTES)
        continue;
      kind = esc_csv_field_count (field, &counter->row_values[i]);
      if (kind == ESC_CSV_COUNT_EMPTY)
        continue;
      if (kind != ESC_CSV_COUNT)
        return reject (counter, row->line, reasons[kind], column_at (counter, i)->header, esc_csv_field_dup (field));
      counter->row_given[i] = TRUE;
      if (counter->candidate_of[i] >= 0)
        esc_tally_add (&counter->row_votes[counter->candidate_of[i]], counter->row_values[i]);
    }
  return TRUE;
}

/* The candidates' votes on a sheet cannot exceed its voters or its valid votes. */
static gboolean
check_sums (Counter   *counter,
            EscCsvRow *row,
            gint64     sum)
{
  for (guint i = 0; i <= counter->last_needed; i++)
    {
      EscTallyColumn *column = column_at (counter, i);

      if (!counter->row_given[i] || column->per_centre || counter->row_values[i] >= sum)
        continue;
      if (column->role == ESC_TALLY_VOTERS)
        return reject (counter, row->line, ESC_TALLY_REJECT_OVER_VOTERS, column->header,
                       g_strdup_printf ("%" G_GINT64_FORMAT, sum));
      if (column->role == ESC_TALLY_VALID)
        return reject (counter, row->line, ESC_TALLY_REJECT_OVER_VALID, column->header,
                       g_strdup_printf ("%" G_GINT64_FORMAT, sum));
    }
  return TRUE;
}

static void
append_field (GString     *key,
              EscCsvField *field)
{
  g_string_append_len (key, field->start, field->len);
  g_string_append_c (key, '\x1f');
}

/* A sheet seen before, by its place: regions, centre and table. Without a centre or a
 * table column, rows are not sheets and nothing is a duplicate. */
static gboolean
check_duplicate (Counter   *counter,
                 GArray    *fields,
                 EscCsvRow *row)
{
  gpointer first;

  key_start (counter->key);
  key_start (counter->centre_key);
  for (guint k = 0; k < counter->place_columns->len; k++)
    {
      guint i = g_array_index (counter->place_columns, guint, k);

      append_field (counter->key, &g_array_index (fields, EscCsvField, i));
      if (i != counter->table)
        append_field (counter->centre_key, &g_array_index (fields, EscCsvField, i));
    }
  key_finish (counter->centre_key);
  if (counter->centre == G_MAXUINT && counter->table == G_MAXUINT)
    return TRUE;
  key_finish (counter->key);
  first = g_hash_table_lookup (counter->sheets, counter->key->str);
  if (first == NULL)
    {
      g_hash_table_insert (counter->sheets, g_string_chunk_insert_len (counter->keys, counter->key->str, counter->key->len),
                           GUINT_TO_POINTER (row->line));
      return TRUE;
    }
  reject (counter, row->line, ESC_TALLY_REJECT_DUPLICATE, NULL,
          g_strdelimit (g_strndup (key_text (counter->key), counter->key->len - sizeof (guint) - 1), "\x1f", ' '));
  g_array_index (counter->tally->rejections, EscTallyRejection, counter->tally->rejections->len - 1).first_line =
    GPOINTER_TO_UINT (first);
  return FALSE;
}

/* The field's text, without surrounding spaces, in @text. */
static void
set_stripped (GString     *text,
              EscCsvField *field)
{
  const char *start = field->start, *end = field->start + field->len;

  if (field->escaped)
    {
      g_autofree char *copy = esc_csv_field_dup (field);

      g_string_assign (text, g_strstrip (copy));
      return;
    }
  while (start < end && g_ascii_isspace (*start))
    start++;
  while (end > start && g_ascii_isspace (end[-1]))
    end--;
  g_string_truncate (text, 0);
  g_string_append_len (text, start, end - start);
}

static EscTallyRegion *
region_of (Counter *counter,
           GArray  *fields)
{
  EscTallyRegion *region;
  EscCsvField *field;

  if (counter->by == G_MAXUINT)
    return NULL;
  field = &g_array_index (fields, EscCsvField, counter->by);
  if (counter->last_region != NULL && field->len == counter->last_region_field.len
      && memcmp (field->start, counter->last_region_field.start, field->len) == 0)
    return counter->last_region;
  counter->last_region_field = *field;
  set_stripped (counter->name, field);
  region = g_hash_table_lookup (counter->regions, counter->name->str);
  if (region == NULL)
    {
      region = esc_tally_region_new (counter->name->str, counter->tally->candidates->len);
      if (counter->tally->totals[ESC_TALLY_REGISTERED] >= 0)
        region->registered = 0;
      g_ptr_array_add (counter->tally->regions, region);
      g_hash_table_insert (counter->regions, region->name, region);
    }
  return counter->last_region = region;
}

/* A totals column's value on this row, or 0 where it is the centre's and the centre
 * was counted already. */
static gint64
total_value (Counter *counter,
             guint    i)
{
  GHashTable *done = counter->centres_done[i];

  if (!counter->row_given[i])
    return 0;
  if (done == NULL)
    return counter->row_values[i];
  if (g_hash_table_contains (done, counter->centre_key->str))
    return 0;
  g_hash_table_add (done, g_string_chunk_insert_len (counter->keys, counter->centre_key->str, counter->centre_key->len));
  return counter->row_values[i];
}

static void
add_row (Counter *counter,
         GArray  *fields,
         gint64   sum)
{
  EscTally *tally = counter->tally;
  EscTallyRegion *region = region_of (counter, fields);
  gint64 sheet_valid = sum;

  tally->used++;
  for (guint c = 0; c < tally->candidates->len; c++)
    esc_tally_add (&g_array_index (tally->candidates, EscTallyCandidate, c).votes, counter->row_votes[c]);
  for (guint i = 0; i <= counter->last_needed; i++)
    {
      EscTallyColumn *column = column_at (counter, i);
      gint64 value;

      if (column->role <= ESC_TALLY_VOTES)
        continue;
      value = total_value (counter, i);
      /* A sheet whose valid votes are blank counts its candidates' sum, so that every
       * share is of one base. */
      if (column->role == ESC_TALLY_VALID && !column->per_centre)
        value = sheet_valid = counter->row_given[i] ? counter->row_values[i] : sum;
      esc_tally_add (&tally->totals[column->role], value);
      if (column->role == ESC_TALLY_REGISTERED && region != NULL)
        esc_tally_add (&region->registered, value);
    }
  if (region != NULL)
    {
      region->sheets++;
      esc_tally_add (&region->valid, sheet_valid);
      for (guint c = 0; c < tally->candidates->len; c++)
        esc_tally_add (&region->votes[c], counter->row_votes[c]);
    }
  if (sheet_valid <= 0)
    return;
  for (guint c = 0; c < tally->candidates->len; c++)
    {
      guint bin = MIN ((guint) (ESC_TALLY_BINS * (double) counter->row_votes[c] / sheet_valid), ESC_TALLY_BINS - 1);

      g_array_index (tally->histograms, double, c * ESC_TALLY_BINS + bin) += sheet_valid;
    }
}

/* A row of empty fields (";;;;", as spreadsheets export the rows below a table) is
 * a blank line, not a sheet. */
static gboolean
is_blank (GArray *fields)
{
  for (guint i = 0; i < fields->len; i++)
    {
      EscCsvField *field = &g_array_index (fields, EscCsvField, i);

      for (guint k = 0; k < field->len; k++)
        if (!g_ascii_isspace (field->start[k]))
          return FALSE;
    }
  return TRUE;
}

static void
read_row (Counter   *counter,
          GArray    *fields,
          EscCsvRow *row)
{
  gint64 sum = 0;

  if (!row->unclosed && is_blank (fields))
    return;
  counter->tally->rows++;
  if (row->unclosed)
    {
      reject (counter, row->line, ESC_TALLY_REJECT_UNCLOSED, NULL, NULL);
      return;
    }
  if (fields->len <= counter->last_needed)
    {
      reject (counter, row->line, ESC_TALLY_REJECT_SHORT, column_at (counter, fields->len)->header, NULL);
      return;
    }
  if (!read_counts (counter, fields, row))
    return;
  for (guint c = 0; c < counter->tally->candidates->len; c++)
    esc_tally_add (&sum, counter->row_votes[c]);
  if (check_sums (counter, row, sum) && check_duplicate (counter, fields, row))
    add_row (counter, fields, sum);
}

static int
by_votes (gconstpointer a,
          gconstpointer b,
          gpointer      candidates)
{
  gint64 va = g_array_index ((GArray *) candidates, EscTallyCandidate, *(const guint *) a).votes;
  gint64 vb = g_array_index ((GArray *) candidates, EscTallyCandidate, *(const guint *) b).votes;

  return va != vb ? (va < vb ? 1 : -1) : (int) *(const guint *) a - (int) *(const guint *) b;
}

static int
by_name (gconstpointer a,
         gconstpointer b)
{
  return g_utf8_collate ((*(EscTallyRegion * const *) a)->name, (*(EscTallyRegion * const *) b)->name);
}

/* Candidates most votes first, with their regions' votes and histograms in step;
 * regions by name. */
void
esc_tally_sort (EscTally *self)
{
  guint n = self->candidates->len;
  g_autofree guint *order = g_new (guint, n);
  g_autoptr(GArray) candidates = g_array_sized_new (FALSE, TRUE, sizeof (EscTallyCandidate), n);
  g_autoptr(GArray) histograms = g_array_sized_new (FALSE, TRUE, sizeof (double), n * ESC_TALLY_BINS);
  g_autofree gint64 *votes = g_new (gint64, n);

  for (guint i = 0; i < n; i++)
    order[i] = i;
  g_qsort_with_data (order, n, sizeof (guint), by_votes, self->candidates);
  for (guint i = 0; i < n; i++)
    {
      g_array_append_val (candidates, g_array_index (self->candidates, EscTallyCandidate, order[i]));
      if (self->histograms->len >= (order[i] + 1) * ESC_TALLY_BINS)
        g_array_append_vals (histograms, &g_array_index (self->histograms, double, order[i] * ESC_TALLY_BINS), ESC_TALLY_BINS);
    }
  /* The strings moved: the old array must not free them. */
  g_array_set_clear_func (self->candidates, NULL);
  g_array_unref (self->candidates);
  self->candidates = g_steal_pointer (&candidates);
  g_array_set_clear_func (self->candidates, (GDestroyNotify) esc_tally_candidate_clear);
  g_array_unref (self->histograms);
  self->histograms = g_steal_pointer (&histograms);

  for (guint r = 0; r < self->regions->len && n > 0; r++)
    {
      EscTallyRegion *region = g_ptr_array_index (self->regions, r);

      for (guint i = 0; i < n; i++)
        votes[i] = region->votes[order[i]];
      memcpy (region->votes, votes, n * sizeof (gint64));
    }
  g_ptr_array_sort (self->regions, by_name);
}

/* Counts the rows of @csv as @columns say, totalling regions by the column @by where
 * given. @progress, where given, is told the fraction read now and then. */
EscTally *
esc_tally_count (EscCsv            *csv,
                 GPtrArray         *columns,
                 const char        *by,
                 EscTallyProgress   progress,
                 gpointer           user_data,
                 GCancellable      *cancellable,
                 GError           **error)
{
  g_autoptr(EscTally) tally = esc_tally_new ();
  g_autoptr(GArray) fields = g_array_sized_new (FALSE, FALSE, sizeof (EscCsvField), columns->len);
  Counter counter;
  EscCsvRow row;

  g_return_val_if_fail (csv != NULL && columns != NULL, NULL);

  g_ptr_array_unref (tally->columns);
  tally->columns = esc_tally_columns_copy (columns);
  tally->by = g_strdup (by);
  counter_init (&counter, tally, by);
  esc_csv_rewind (csv);
  while (esc_csv_next_row (csv, fields, &row))
    {
      read_row (&counter, fields, &row);
      if ((tally->rows & 4095) != 0)
        continue;
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        {
          counter_clear (&counter);
          return NULL;
        }
      if (progress != NULL)
        progress ((double) esc_csv_get_position (csv) / MAX (esc_csv_get_size (csv), 1), user_data);
    }
  counter_clear (&counter);
  esc_tally_sort (tally);
  return g_steal_pointer (&tally);
}

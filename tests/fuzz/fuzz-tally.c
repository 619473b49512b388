/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: any bytes as a file of tally sheets, read as UTF-8 and as
 * Windows-1252 (which takes any bytes), its columns guessed and counted by the first
 * region column, and the tally written as the dataset keeps it. The count must account
 * for every row: used and set aside add up to the rows, each row set aside is listed in
 * the order of the file, and the regions' votes add up to the candidates'. */
#include <stdint.h>

#include "esc-tally-guess.h"
#include "esc-tally-json.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static const char *
first_region (GPtrArray *columns)
{
  for (guint i = 0; i < columns->len; i++)
    if (((EscTallyColumn *) g_ptr_array_index (columns, i))->role == ESC_TALLY_REGION)
      return ((EscTallyColumn *) g_ptr_array_index (columns, i))->header;
  return NULL;
}

static void
check_tally (EscTally *tally)
{
  GArray *rejections = esc_tally_get_rejections (tally);
  GArray *candidates = esc_tally_get_candidates (tally);
  GPtrArray *regions = esc_tally_get_regions (tally);
  g_autoptr(JsonNode) node = esc_tally_to_json (tally);

  g_assert (esc_tally_get_used (tally) + esc_tally_get_n_rejected (tally) == esc_tally_get_rows (tally));
  g_assert (rejections->len == esc_tally_get_n_rejected (tally));
  for (guint i = 1; i < rejections->len; i++)
    g_assert (g_array_index (rejections, EscTallyRejection, i).line > g_array_index (rejections, EscTallyRejection, i - 1).line);
  for (guint c = 0; c < candidates->len && regions->len > 0; c++)
    {
      gint64 sum = 0;

      for (guint r = 0; r < regions->len; r++)
        sum += ((EscTallyRegion *) g_ptr_array_index (regions, r))->votes[c];
      g_assert (sum == g_array_index (candidates, EscTallyCandidate, c).votes);
    }
  g_assert (node != NULL);
}

static void
count (GBytes     *bytes,
       const char *encoding)
{
  g_autoptr(EscCsv) csv = esc_csv_new (bytes, encoding, NULL);
  g_autoptr(GPtrArray) columns = NULL;
  g_autoptr(EscTally) tally = NULL;

  if (csv == NULL)
    return;
  columns = esc_tally_guess_columns (csv);
  tally = esc_tally_count (csv, columns, first_region (columns), NULL, NULL, NULL, NULL);
  g_assert (tally != NULL);
  esc_tally_set_file (tally, "fuzz.csv", bytes);
  check_tally (tally);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);

  count (bytes, NULL);
  count (bytes, "WINDOWS-1252");
  return 0;
}

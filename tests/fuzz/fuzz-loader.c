/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: any bytes through the whole loader (scanner, json-glib, reader,
 * locator), and what loads through the writer and back. The system json-glib is not instrumented, so coverage guides the fuzzer
 * through the project's own checks; AddressSanitizer and UBSan catch what goes wrong. */
#include <stdint.h>
#include <string.h>

#include "esc-dataset.h"
#include "esc-dataset-writer.h"
#include "esc-quoted-figure.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(EscDataset) dataset = esc_dataset_new_from_bytes (bytes, &problems, NULL, &error);

  /* A dataset with errors is never returned, and a refusal always says why. */
  g_assert (dataset == NULL || !esc_problems_have_errors (problems));
  g_assert (dataset != NULL || (error != NULL && problems->len > 0));

  /* Whatever loads saves as a file that loads, and saves again as the same bytes. */
  if (dataset != NULL)
    {
      g_autoptr(GBytes) saved = esc_dataset_to_bytes (dataset);
      g_autoptr(EscDataset) again = esc_dataset_new_from_bytes (saved, NULL, NULL, NULL);
      g_autoptr(GBytes) saved_again = NULL;

      g_assert (again != NULL);
      saved_again = esc_dataset_to_bytes (again);
      g_assert (g_bytes_equal (saved, saved_again));
    }

  /* The same bytes as a passage to cite figures from: each within it, in order. */
  if (g_utf8_validate_len ((const char *) data, size, NULL))
    {
      g_autofree char *passage = g_strndup ((const char *) data, size);
      g_autoptr(GArray) figures = esc_quoted_figures_find (passage, size % 2 ? "es" : "en");
      gsize after = 0;

      for (guint i = 0; i < figures->len; i++)
        {
          EscQuotedFigure *figure = &g_array_index (figures, EscQuotedFigure, i);

          g_assert (figure->start >= after && figure->start < figure->end && figure->end <= strlen (passage));
          after = figure->end;
        }
    }
  return 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window speaks the language of LANGUAGE, from the catalogues built in this tree. */
#include "config.h"

#include <string.h>

#include "esc-chart-card.h"
#include "esc-chart-text.h"
#include "esc-drawn-view.h"
#include "esc-ui-test.h"
#include "esc-window-private.h"

typedef struct {
  const char *language;
  const char *view_titles[3];
  const char *election_title;
  const char *reactions_placeholder;
  const char *menu_tooltip;
  const char *election_tooltip;
  const char *reading_start;   /* of the first chart, the seats of 2021 */
  const char *percentage;      /* 41.8 % */
  const char *date;            /* 2024-07-28 */
  const char *month;           /* 2024-07 */
  const char *window_subtitle; /* the dataset's title, under the window's */
} Expected;

/* The election title comes from the dataset's own translations, the rest from po/. */
static const Expected expectations[] = {
  { "es", { "Resultados", "Reacciones", "Fuentes" },
    "Elecciones regionales de Venezuela", "Buscar países y portavoces", "Menú principal", "Seleccionar una elección",
    "De un total de ", "41,8\u00a0%", "28 de julio de 2024", "julio de 2024",
    "Elecciones en Venezuela: resultados y reacciones internacionales" },
  { "pt_BR", { "Resultados", "Reações", "Fontes" },
    "Eleições regionais da Venezuela", "Pesquisar países e porta-vozes", "Menu principal", "Escolher uma eleição",
    "De um total de ", "41,8%", "28 de julho de 2024", "julho de 2024",
    "Eleições na Venezuela: resultados e reações internacionais" },
};

/* Numbers and dates in the locale's way, on the charts as in the text. */
static void
check_formats (EscWindow      *window,
               const Expected *expected)
{
  GtkWidget *card = esc_ui_test_find_widget (GTK_WIDGET (window), ESC_TYPE_CHART_CARD);
  EscChart *chart = esc_chart_card_get_chart (ESC_CHART_CARD (card));
  g_autofree char *percentage = esc_text_number (41.8, ESC_UNIT_PERCENT, 0);
  g_autofree char *date = esc_text_date ("2024-07-28");
  g_autofree char *month = esc_text_date ("2024-07");
  g_autofree char *year = esc_text_date ("2024");
  g_autofree char *bad = esc_text_date ("2024-7-28");
  gboolean turnout_found = FALSE;

  g_assert_true (g_str_has_prefix (esc_chart_get_reading (chart), expected->reading_start));
  g_assert_cmpstr (percentage, ==, expected->percentage);
  g_assert_cmpstr (date, ==, expected->date);
  g_assert_cmpstr (month, ==, expected->month);
  g_assert_cmpstr (year, ==, "2024");
  g_assert_null (bad);

  /* The 2021 turnout chart shows 41.8 % in the locale's way. */
  for (GtkWidget *c = card; c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      EscDrawnView *view = ESC_DRAWN_VIEW (esc_chart_card_get_view (ESC_CHART_CARD (c)));
      EscChart *shown = esc_chart_card_get_chart (ESC_CHART_CARD (c));

      for (guint m = 0; m < esc_chart_get_n_marks (shown); m++)
        {
          g_autofree char *description = esc_drawing_describe_item (esc_drawn_view_get_drawing (view), m);

          turnout_found |= strstr (description, expected->percentage) != NULL;
        }
    }
  g_assert_true (turnout_found);
}

static void
check_language (EscApplication *app,
                EscWindow      *window,
                gpointer        user_data)
{
  const Expected *expected = user_data;
  AdwViewStack *stack = ADW_VIEW_STACK (esc_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));
  g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (stack);
  GtkWidget *results = adw_view_stack_get_child_by_name (stack, "results");
  GtkWidget *reactions = adw_view_stack_get_child_by_name (stack, "reactions");
  GtkWidget *search = esc_ui_test_find_widget (reactions, GTK_TYPE_SEARCH_ENTRY);
  GtkWidget *menu_button = GTK_WIDGET (window->primary_menu_button);
  GtkWidget *election_button = esc_ui_test_find_widget (GTK_WIDGET (window->election_menu), GTK_TYPE_MENU_BUTTON);
  g_autofree char *placeholder = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (expected->view_titles); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      g_assert_cmpstr (adw_view_stack_page_get_title (page), ==, expected->view_titles[i]);
    }

  /* The dataset text in the reader's language: it carries en, es and pt. */
  g_assert_nonnull (esc_ui_test_find (results, esc_ui_test_label_is, expected->election_title));
  g_object_get (search, "placeholder-text", &placeholder, NULL);
  g_assert_cmpstr (placeholder, ==, expected->reactions_placeholder);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (menu_button), ==, expected->menu_tooltip);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (election_button), ==, expected->election_tooltip);

  g_assert_cmpstr (adw_view_switcher_title_get_subtitle (ADW_VIEW_SWITCHER_TITLE (
                     esc_ui_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_TITLE))),
                   ==, expected->window_subtitle);
  check_formats (window, expected);
}

static void
test_language (gconstpointer data)
{
  esc_ui_test_run_app (check_language, (gpointer) data);
}

int
main (int   argc,
      char *argv[])
{
  const char *language = g_getenv ("LANGUAGE");

  esc_ui_test_init (&argc, &argv);
  g_assert_nonnull (g_getenv ("ESCRUTINIO_LOCALEDIR"));

  for (guint i = 0; i < G_N_ELEMENTS (expectations); i++)
    if (g_strcmp0 (language, expectations[i].language) == 0)
      {
        g_autofree char *path = g_strdup_printf ("/ui/translation/%s", language);

        g_test_add_data_func (path, &expectations[i], test_language);
      }

  return g_test_run ();
}

import { useEffect } from 'react';

/**
 * Switches the DOM to the fonts the hall serves (`html[data-hall-fonts]`, see styles.css) once `when` is
 * true. Until then the DOM draws in the system's fonts, so the two subsets (about 445 kB) are not fetched
 * while the 3D hall downloads and builds: they start right after the hall's first frame, or at once on a
 * screen without the hall (the text view, an error screen). Never switched back.
 */
export function useServedFonts(when: boolean): void {
  useEffect(() => {
    if (when) document.documentElement.dataset.hallFonts = 'on';
  }, [when]);
}

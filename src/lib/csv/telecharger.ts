/** Hands a CSV written by ecrireCsv to the browser as a download (nothing leaves the machine). */
export function telechargerCsv(nomFichier: string, csv: string): void {
	const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
	const a = document.createElement('a');
	a.href = url;
	a.download = nomFichier;
	a.click();
	URL.revokeObjectURL(url);
}

// The visible links of a generated file: save it, or open it in a new window, for webviews where the pane's own
// click saves nothing (Excel for Mac) or a clerk who missed the download.
import { Link } from '@fluentui/react-components';
import { DownloadOffer, scriptedDownloadUnreliable } from '../download';
import { Strings } from '../strings';

export function DownloadLinks({ offer, t }: { offer: DownloadOffer; t: Strings }) {
  return (
    <span data-testid="download-links">
      {' '}
      {scriptedDownloadUnreliable() ? t.downloadByHand : t.downloadAgain}
      <Link href={offer.url} download={offer.name} data-testid="download-save">
        {offer.name}
      </Link>
      {' · '}
      <Link href={offer.url} target="_blank" rel="noopener" data-testid="download-open">
        {t.downloadOpen}
      </Link>
    </span>
  );
}

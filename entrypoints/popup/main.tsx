import { render } from 'preact';
import '../../components/popup.css';
import { Popup } from '../../components/Popup';
import { popupTabId, openPopOut } from '../../lib/platform/popup-tab';
import { sendMessage } from '../../lib/platform/messages';

const params = new URLSearchParams(location.search);
const tabId = popupTabId(params);
render(
  <Popup
    loadCounts={() => sendMessage('getCounts', {})}
    loadDossier={async () => {
      const id = await tabId;
      return id === null ? null : sendMessage('getTabDossier', { tabId: id });
    }}
    popOut={params.has('tabId') ? undefined : () => void tabId.then((id) => (id === null ? undefined : openPopOut(id)))}
  />,
  document.getElementById('app')!,
);

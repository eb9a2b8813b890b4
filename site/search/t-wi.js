briefingSearch.terms("wi",{"widely":[0,1]});

briefingSearch.terms("en",{"end":[1,2],"ending":[1,2],"ends":[1,2],"enhance":[0,1],"enters":[1,2],"environment":[0,5]});
